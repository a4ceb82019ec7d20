<?php
// PHP's curl extension with CURLOPT_FAILONERROR: curl_error() gives libcurl's message.
// usage: php curl_fail.php URL
$ch = curl_init($argv[1]);
curl_setopt($ch, CURLOPT_FAILONERROR, true);
curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);
curl_exec($ch);
echo "cURL error: " . curl_error($ch) . "\n";
