<?php
// An uncaught exception with the application's message.
throw new RuntimeException('lab: order service unavailable');
