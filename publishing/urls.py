from django.urls import path

from .views import verdict_list, verdict_page

urlpatterns = [
    path("verdicts/", verdict_list, name="verdict-index"),
    path("verdicts/<int:pk>/", verdict_page, name="verdict-page"),
]
