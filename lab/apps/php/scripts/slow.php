<?php
// Sleeps 30 s (sleep does not count toward max_execution_time): the proxy's read timeout fires.
sleep(30);
echo "late\n";
