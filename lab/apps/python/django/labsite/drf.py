"""Django REST framework endpoints (LAB_DRF=1), mounted under /api/ by urls.py."""
from django.urls import path
from rest_framework import serializers
from rest_framework.authentication import BasicAuthentication
from rest_framework.exceptions import NotFound
from rest_framework.permissions import IsAuthenticated
from rest_framework.response import Response
from rest_framework.throttling import AnonRateThrottle
from rest_framework.views import APIView


class ItemSerializer(serializers.Serializer):
    name = serializers.CharField(max_length=20)
    price = serializers.DecimalField(max_digits=6, decimal_places=2)


class Items(APIView):
    def get(self, request):
        return Response([])

    def post(self, request):
        s = ItemSerializer(data=request.data)
        s.is_valid(raise_exception=True)
        return Response(s.validated_data, status=201)


class Item(APIView):
    def get(self, request, pk):
        raise NotFound()


class Private(APIView):
    permission_classes = [IsAuthenticated]

    def get(self, request):
        return Response({"ok": True})


class PrivateBasic(Private):
    authentication_classes = [BasicAuthentication]


class NoRequestsThrottle(AnonRateThrottle):
    rate = "0/hour"


class Throttled(APIView):
    throttle_classes = [NoRequestsThrottle]

    def get(self, request):
        return Response({"ok": True})


class Boom(APIView):
    def get(self, request):
        raise RuntimeError("lab: order service unavailable")


urlpatterns = [
    path("api/items", Items.as_view()),
    path("api/items/<int:pk>", Item.as_view()),
    path("api/private", Private.as_view()),
    path("api/private-basic", PrivateBasic.as_view()),
    path("api/throttled", Throttled.as_view()),
    path("api/boom", Boom.as_view()),
]
