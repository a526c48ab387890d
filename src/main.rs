fn main() {
    jointlink_news::host::mount::mount_all();
}
