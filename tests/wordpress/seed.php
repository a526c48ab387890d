<?php
// Installs WordPress and writes the test posts: the sample articles as HTML,
// one post of hostile HTML and one with a Chinese title and slug. Articles get
// the tags of our WordPress convention: `lang:<language>` where they name a
// language, and `translation:<key>` shared by every version of a translated one.
//
// Articles with a picture get it as their featured image, with its alt text
// and size: an attachment whose address is on <images origin> (the test API
// server serves the sample pictures), as a site with a media CDN has it.
//
//   HTTP_HOST=127.0.0.1:<port> php seed.php <articles folder> <images origin>

$_SERVER['HTTP_HOST'] = getenv('HTTP_HOST');
$_SERVER['REQUEST_URI'] = '/';
define('WP_INSTALLING', true);
require '/usr/share/wordpress/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';

wp_install('Jointlink news test site', 'editor', 'editor@example.com', true, '', 'not-a-real-password');
update_option('permalink_structure', '');
wp_delete_post(1, true); // the "Hello world!" post every install starts with

function add_post(array $post, array $tags, string $date_gmt): int {
    $id = wp_insert_post(array_merge($post, [
        'post_status' => 'publish',
        'post_author' => 1,
        'post_date' => get_date_from_gmt($date_gmt),
        'post_date_gmt' => $date_gmt,
        'tags_input' => $tags,
    ]), true);
    if (is_wp_error($id)) {
        fwrite(STDERR, $id->get_error_message() . "\n");
        exit(1);
    }
    return $id;
}

function add_featured_image(int $post, array $image, string $origin): void {
    $url = $origin . '/' . $image['url'];
    $attachment = wp_insert_post([
        'post_type' => 'attachment',
        'post_status' => 'inherit',
        'post_mime_type' => 'image/svg+xml',
        'post_parent' => $post,
        'post_title' => basename($url),
        'guid' => $url,
    ], true);
    if (is_wp_error($attachment)) {
        fwrite(STDERR, $attachment->get_error_message() . "\n");
        exit(1);
    }
    update_post_meta($attachment, '_wp_attachment_image_alt', $image['alt']);
    update_post_meta($attachment, '_wp_attachment_metadata', [
        'width' => $image['width'],
        'height' => $image['height'],
    ]);
    // set_post_thumbnail() accepts only pictures WordPress can resize itself.
    update_post_meta($post, '_thumbnail_id', $attachment);
}

$folder = $argv[1];
$images_origin = $argv[2];
foreach (glob("$folder/*.json") as $file) {
    $article = json_decode(file_get_contents($file), true);
    // An expired notice's file keeps its address on our static site; a
    // WordPress site would have unpublished the post.
    if ($article['expired'] ?? false) {
        continue;
    }
    $paragraphs = isset($article['content_html']) ? [$article['content_html']] : array_map(
        fn ($paragraph) => '<p>' . htmlspecialchars($paragraph) . '</p>',
        explode("\n\n", $article['content_text'])
    );
    $date = gmdate('Y-m-d H:i:s', strtotime($article['date_published']));
    $tags = $article['tags'] ?? [];
    if (!empty($article['language'])) {
        $tags[] = 'lang:' . $article['language'];
    }
    if (!empty($article['translations'])) {
        $versions = array_merge([$article['id']], array_column($article['translations'], 'id'));
        sort($versions);
        $tags[] = 'translation:' . $versions[0];
    }
    $post = add_post([
        'post_name' => $article['id'],
        'post_title' => $article['title'],
        'post_excerpt' => $article['summary'],
        'post_content' => implode("\n", $paragraphs),
    ], $tags, $date);
    if (isset($article['image'])) {
        add_featured_image($post, $article['image'], $images_origin);
    }
}

// Saved as an unfiltered administrator would: the app must not trust it.
kses_remove_filters();
add_post([
    'post_name' => 'hostile-html',
    'post_title' => 'Hostile &amp; <em>markup</em> test',
    'post_excerpt' => 'A post whose body tries every trick.',
    'post_content' => '<p>Safe paragraph.</p><script>window.__xss=1</script>'
        . '<img src="x" onerror="window.__xss=1"><a href="javascript:window.__xss=1">bad link</a>'
        . '<iframe src="javascript:window.__xss=1"></iframe><svg onload="window.__xss=1"></svg>'
        . '<p onclick="window.__xss=1" style="color:red">Styled text</p>'
        . '<a href="https://example.com/">good link</a>',
], ['Security'], '2026-11-01 02:00:00');
add_post([
    'post_name' => '宁波港口动态',
    'post_title' => '宁波港口最新动态',
    'post_excerpt' => '宁波舟山港本周作业正常。',
    'post_content' => '<p>宁波舟山港本周各港区作业正常，请客户按计划出运。</p>',
], ['港口', 'lang:zh-Hans'], '2026-11-10 01:00:00');

echo "seeded\n";
