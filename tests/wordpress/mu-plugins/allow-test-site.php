<?php
/*
 * Test only; nothing else about how WordPress treats embeds is changed.
 *
 * The build under test names its address https://h200.example/explainer/ (tools/test.sh), and
 * is served on this machine at 127.0.0.1:8080: requests for that address go there, as a DNS
 * entry would send them (the browser side does the same with a Playwright route). WordPress
 * refuses to fetch loopback addresses (wp_http_validate_url) and ports other than 80, 443 and
 * 8080: allow exactly that host and port.
 */
$h200_site = getenv('H200_TEST_SITE') ?: 'https://h200.example/explainer/';
$h200_local = getenv('H200_TEST_LOCAL') ?: 'http://127.0.0.1:8080/';
add_filter('pre_http_request', function ($pre, $args, $url) use ($h200_site, $h200_local) {
    if ($h200_site === $h200_local || strpos($url, $h200_site) !== 0) {
        return $pre;
    }
    return wp_remote_request($h200_local . substr($url, strlen($h200_site)), $args);
}, 10, 3);
add_filter('http_request_host_is_external', function ($external, $host) use ($h200_local) {
    return $external || $host === parse_url($h200_local, PHP_URL_HOST);
}, 10, 2);
add_filter('http_allowed_safe_ports', function ($ports) use ($h200_local) {
    $ports[] = (int) (parse_url($h200_local, PHP_URL_PORT) ?: 80);
    return $ports;
});
