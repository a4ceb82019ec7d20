<?php
/*
 * wp-config.php for lab/recipes/php-wordpress.sh: Debian's WordPress tree (/usr/share/wordpress,
 * linked entry by entry into the recipe's work dir) with a database that is down (nothing
 * listens on LAB_DB_PORT). WP_DEBUG follows the LAB_WP_DEBUG variable the Apache vhost sets.
 */
define('DB_NAME', 'wordpress');
define('DB_USER', 'wordpress');
define('DB_PASSWORD', 'lab');
define('DB_HOST', '127.0.0.1:' . ($_SERVER['LAB_DB_PORT'] ?? '20249'));
define('DB_CHARSET', 'utf8');
define('DB_COLLATE', '');
define('WP_DEBUG', ($_SERVER['LAB_WP_DEBUG'] ?? '0') === '1');
define('WP_CONTENT_DIR', '/usr/share/wordpress/wp-content');
$table_prefix = 'wp_';
if (!defined('ABSPATH')) {
    define('ABSPATH', __DIR__ . '/');
}
require_once ABSPATH . 'wp-settings.php';
