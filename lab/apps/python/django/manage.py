#!/usr/bin/env python
"""The lab's Django project (lab/recipes/py-django.sh, py-daphne.sh): manage.py runserver."""
import os
import sys

if __name__ == "__main__":
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "labsite.settings")
    from django.core.management import execute_from_command_line

    execute_from_command_line(sys.argv)
