<?php
return [
    'paths' => [],
    'compiled' => env('LAB_STORAGE') . '/views',
];
