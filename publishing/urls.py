from django.urls import path

from .views import verdict_page

urlpatterns = [path("verdicts/<int:pk>/", verdict_page, name="verdict-page")]
