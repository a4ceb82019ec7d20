<?php
// A parse error (the closing parenthesis is missing).
echo strtoupper('lab';
