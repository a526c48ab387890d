fn main() {
    jointlink_news::mount::mount_all();
}
