<?php
// 200 "hello": the lab's PHP scripts' control case.
header('Content-Type: text/plain');
echo "hello\n";
