import json
import time

from django.core.exceptions import PermissionDenied
from django.http import HttpResponse, JsonResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST


def index(request):
    return HttpResponse("ok\n", content_type="text/plain")


def boom(request):
    raise RuntimeError("lab: order service unavailable")


def forbidden(request):
    raise PermissionDenied


def slow(request):
    time.sleep(30)
    return HttpResponse("late\n", content_type="text/plain")


@csrf_exempt
@require_POST
def items(request):
    # Django has no JSON body parsing of its own: a malformed body raises here (an unhandled
    # ValueError, i.e. Django's 500) unless the application handles it.
    data = json.loads(request.body)
    return JsonResponse({"created": data}, status=201)


@require_POST
def form(request):
    # Not csrf_exempt: a POST without the CSRF cookie/token gets Django's CSRF 403.
    return HttpResponse("posted\n", content_type="text/plain")


@csrf_exempt
def upload(request):
    # Reading request.POST with a body over DATA_UPLOAD_MAX_MEMORY_SIZE raises RequestDataTooBig.
    return HttpResponse(f"{len(request.POST)} fields\n", content_type="text/plain")
