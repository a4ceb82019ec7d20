<?php
// A fatal error: an uncaught Error (call to an undefined function).
undefined_function_lab();
