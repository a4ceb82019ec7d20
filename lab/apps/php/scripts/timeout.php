<?php
// Runs past max_execution_time (1 s): "Maximum execution time of 1 second exceeded".
set_time_limit(1);
$i = 0;
while (true) { $i++; }
