from __future__ import annotations

from django.urls import path

from secondround.accounts import account_views, org_views, sharing_views

urlpatterns = [
    path("account/", account_views.account_page, name="account"),
    path("account/delete/", account_views.account_delete, name="account_delete"),
    path("sharing/", sharing_views.sharing_page, name="sharing"),
    path("sharing/<int:pk>/revoke/", sharing_views.revoke, name="share_revoke"),
    path("invite/<str:token>/", sharing_views.invite_accept, name="invite_accept"),
    path("shared/", sharing_views.shared_list, name="shared_list"),
    path("shared/<int:share_pk>/", sharing_views.shared_share, name="shared_share"),
    path(
        "shared/<int:share_pk>/interviews/<int:pk>/",
        sharing_views.shared_interview_view,
        name="shared_interview",
    ),
    path(
        "shared/<int:share_pk>/practice/<int:pk>/",
        sharing_views.shared_dry_run_view,
        name="shared_dry_run",
    ),
    path(
        "shared/<int:share_pk>/practice/<int:pk>/marks/",
        sharing_views.shared_marks,
        name="shared_marks",
    ),
    path("orgs/", org_views.org_list, name="org_list"),
    path("orgs/<int:org_pk>/", org_views.org_detail, name="org_detail"),
    path("orgs/<int:org_pk>/invite/", org_views.org_invite, name="org_invite"),
    path("orgs/<int:org_pk>/cohorts/new/", org_views.org_cohort_new, name="org_cohort_new"),
    path("orgs/<int:org_pk>/cohorts/<int:cohort_pk>/", org_views.org_cohort, name="org_cohort"),
    path(
        "orgs/<int:org_pk>/members/<int:member_pk>/cohort/",
        org_views.org_member_cohort,
        name="org_member_cohort",
    ),
    path("orgs/<int:org_pk>/share/", org_views.org_share, name="org_share"),
    path("orgs/<int:org_pk>/leave/", org_views.org_leave, name="org_leave"),
    path("join/<str:token>/", org_views.org_join, name="org_join"),
]
