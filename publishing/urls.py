from django.urls import path

from .views import statement_page, verdict_list, verdict_page

urlpatterns = [
    path("verdicts/", verdict_list, name="verdict-index"),
    path("verdicts/<int:pk>/", verdict_page, name="verdict-page"),
    path("verdicts/<int:pk>/statement/", statement_page, name="verdict-statement"),
]
