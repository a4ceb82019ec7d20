"""Settings as `django-admin startproject` writes them, trimmed to what the lab needs.
LAB_DEBUG=1 turns DEBUG on (technical pages); ALLOWED_HOSTS is 127.0.0.1 only, so any other
Host header raises DisallowedHost. DATA_UPLOAD_MAX_MEMORY_SIZE is lowered to 1024 bytes so the
lab can trigger RequestDataTooBig with a small body. LAB_DRF=1 adds Django REST framework."""
import os

BASE_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SECRET_KEY = "lab-not-secret"
DEBUG = os.environ.get("LAB_DEBUG") == "1"
ALLOWED_HOSTS = ["127.0.0.1"]
INSTALLED_APPS = [
    "django.contrib.contenttypes",
    "django.contrib.auth",
    "django.contrib.sessions",
    "django.contrib.messages",
]
if os.environ.get("LAB_DRF") == "1":
    INSTALLED_APPS.append("rest_framework")
    REST_FRAMEWORK = {
        "DEFAULT_THROTTLE_CLASSES": [],
        "DEFAULT_THROTTLE_RATES": {"lab": "1/hour"},
    }
MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
]
ROOT_URLCONF = "labsite.urls"
TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {"context_processors": [
            "django.template.context_processors.request",
            "django.contrib.auth.context_processors.auth",
            "django.contrib.messages.context_processors.messages",
        ]},
    }
]
WSGI_APPLICATION = "labsite.wsgi.application"
ASGI_APPLICATION = "labsite.asgi.application"
DATABASES = {"default": {"ENGINE": "django.db.backends.sqlite3",
                         "NAME": os.environ.get("LAB_DB", "/tmp/resplain-lab-django.sqlite3")}}
SESSION_ENGINE = "django.contrib.sessions.backends.signed_cookies"
DATA_UPLOAD_MAX_MEMORY_SIZE = 1024
USE_TZ = True
STATIC_URL = "static/"
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
LOGGING = {"version": 1, "disable_existing_loggers": False}
