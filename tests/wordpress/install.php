<?php
// Installs the test blog and publishes one post per embed address, as a new user would: the
// address alone on its line. Run by tests/wordpress/site.mjs with php-cli; prints the posts'
// addresses as JSON. Arguments: the blog's address, then the embed addresses; run in build/wp.
define('WP_INSTALLING', true);
$_SERVER['HTTP_HOST'] = parse_url($argv[1], PHP_URL_HOST) . ':' . parse_url($argv[1], PHP_URL_PORT);
$_SERVER['REQUEST_URI'] = '/';
require getcwd() . '/www/wp-load.php';
// No mail on this machine: the new blog's welcome mail is not sent.
function wp_new_blog_notification() {}
require ABSPATH . 'wp-admin/includes/upgrade.php';
wp_install('Test blog', 'editor', 'editor@example.invalid', false, '', 'not-a-real-password');
update_option('siteurl', $argv[1]);
update_option('home', $argv[1]);
update_option('permalink_structure', '');
switch_theme('h200-test');
$out = [];
foreach (array_slice($argv, 2) as $address) {
    $id = wp_insert_post([
        'post_title' => 'Embed: ' . $address,
        // The block editor's paragraph would do the same; a bare line is what WordPress's own
        // autoembed looks for.
        'post_content' => "Before the embed.\n\n" . $address . "\n\nAfter the embed.",
        'post_status' => 'publish',
        'post_author' => 1,
    ]);
    $out[$address] = get_permalink($id);
}
echo json_encode($out);
