from django.urls import path

from . import views

urlpatterns = [
    path(
        "claims/<int:pk>/transition/",
        views.ClaimTransitionView.as_view(),
        name="claim-transition",
    ),
    path("tasks/mine/", views.MyTasksView.as_view(), name="task-mine"),
    path("tasks/take-next/", views.TakeNextTaskView.as_view(), name="task-take-next"),
]
