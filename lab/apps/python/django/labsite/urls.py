import os

from django.urls import path

from . import views

urlpatterns = [
    path("", views.index),
    path("boom", views.boom),
    path("forbidden", views.forbidden),
    path("slow", views.slow),
    path("items", views.items),
    path("form", views.form),
    path("upload", views.upload),
]

if os.environ.get("LAB_DRF") == "1":
    from . import drf

    urlpatterns += drf.urlpatterns
