<?php
/*
 * LocalSettings.php for lab/recipes/php-mediawiki.sh (read through MW_CONFIG_FILE): a wiki whose
 * MySQL server is down (nothing listens on LAB_DB_PORT). Only what MediaWiki needs to boot.
 */
if ( !defined( 'MEDIAWIKI' ) ) {
	exit;
}
$wgSitename = 'Lab Wiki';
$wgServer = 'http://127.0.0.1:' . ( $_SERVER['SERVER_PORT'] ?? '20280' );
$wgScriptPath = '/mediawiki';
$wgDBtype = 'mysql';
$wgDBserver = '127.0.0.1:' . ( getenv( 'LAB_DB_PORT' ) ?: '20289' );
$wgDBname = 'wikidb';
$wgDBuser = 'wikiuser';
$wgDBpassword = 'lab';
$wgSecretKey = str_repeat( 'a', 64 );
$wgUpgradeKey = 'labupgradekey';
$wgMainCacheType = CACHE_NONE;
$wgCacheDirectory = false;
$wgLanguageCode = 'en';
