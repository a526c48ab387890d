//! Reusable pieces of the news views.

mod article_body;
mod breadcrumbs;
mod contact_footer;
mod filing_line;
mod language_filter;
mod language_switch;
mod load_failure;
mod loading;
mod news_list_item;
mod official_account;
mod pager;
mod picture;
mod published_date;
mod search_form;
mod share_article;
mod site_header;
mod tag_list;
mod translation_links;

pub use article_body::ArticleBody;
pub use breadcrumbs::Breadcrumbs;
pub use contact_footer::{ContactDetails, ContactFooter};
pub use filing_line::FilingLine;
pub use language_filter::LanguageFilter;
pub use language_switch::LanguageSwitch;
pub use load_failure::LoadFailure;
pub use loading::Loading;
pub use news_list_item::NewsListItem;
pub use official_account::OfficialAccountCode;
pub use pager::Pager;
pub use picture::{Picture, PictureRole};
pub use published_date::PublishedDate;
pub use search_form::SearchForm;
pub use share_article::ShareArticle;
pub use site_header::{LanguageChoiceIfOpen, SiteHeader, SiteIdentity};
pub use tag_list::TagList;
pub use translation_links::TranslationLinks;
