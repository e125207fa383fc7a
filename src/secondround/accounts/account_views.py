"""The account page of hosted mode: sign-in details, organisations, export and delete."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth import logout
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods

from secondround.accounts.forms import DeleteAccountForm
from secondround.services import organisations
from secondround.web.owner import SignedInRequest


def account_page(request: SignedInRequest) -> HttpResponse:
    return render(
        request,
        "accounts/account.html",
        {"memberships": organisations.memberships_of(request.user)},
    )


@require_http_methods(["GET", "POST"])
def account_delete(request: SignedInRequest) -> HttpResponse:
    user = request.user
    form = DeleteAccountForm(request.POST or None, user=user)
    if request.method == "POST" and form.is_valid():
        email = user.email
        # Everything the account owns is tied to it and goes with it: interviews and all that
        # hangs off them, dry runs, stories, shares given and received, memberships.
        organisations.delete_account(user)
        logout(request)
        messages.success(request, f"The account {email} and all its data are deleted.")
        return redirect("account_login")
    return render(
        request,
        "accounts/delete.html",
        {"form": form, "orphaned": organisations.sole_admin_of(user)},
    )
