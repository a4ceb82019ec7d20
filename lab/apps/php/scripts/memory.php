<?php
// Exhausts memory_limit (the recipe sets 16M): "Allowed memory size of ... exhausted".
ini_set('memory_limit', '16M');
$a = [];
while (true) { $a[] = str_repeat('x', 1 << 20); }
