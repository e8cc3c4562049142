"""Links from a question page to its bank on the forge: "Edit this question" (the file at the
question's first line) and "Suggest an edit" (the forge's editor for the file).

Both come from MkDocs' ``repo_url`` and ``edit_uri`` (``edit/<branch>/<docs folder>/`` or
``blob/<branch>/<docs folder>/``, as GitHub and GitLab spell them): no repository, or an empty
``edit_uri``, means no links."""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import quote, urljoin

_KINDS = ("edit", "blob")


@dataclass(frozen=True)
class EditLinks:
    view: str  # the bank at the question's first line
    edit: str  # the forge's editor for the bank


@dataclass(frozen=True)
class Repository:
    """Where the banks live: ``base`` is the repository URL ending in ``/``; ``branch`` and ``folder``
    (the docs folder's path in the repository, ending in ``/`` or empty) come from ``edit_uri``."""

    base: str
    branch: str
    folder: str

    def links(self, bank_path: str, line: int) -> EditLinks:
        """The links for a bank at ``bank_path`` (relative to the docs folder), line ``line``."""
        path = quote(f"{self.folder}{bank_path}", safe="/")
        branch = quote(self.branch, safe="/")
        return EditLinks(
            view=f"{self.base}blob/{branch}/{path}#L{max(1, line)}",
            edit=f"{self.base}edit/{branch}/{path}",
        )


def repository(repo_url: str | None, edit_uri: str | None) -> Repository | None:
    """The repository of ``repo_url`` with the branch and folder of ``edit_uri``; ``None`` when either is
    missing or empty, or ``edit_uri`` is not of the form ``edit|blob/<branch>/[<folder>/]`` (a query or
    an absolute URL, as some forges take, gives no line links)."""
    if not repo_url or not edit_uri:
        return None
    if "?" in edit_uri or "#" in edit_uri:
        return None
    base = repo_url if repo_url.endswith("/") else repo_url + "/"
    full = urljoin(base, edit_uri)
    if not full.startswith(base):
        return None
    parts = full[len(base) :].split("/")
    if len(parts) < 2 or parts[0] not in _KINDS or not parts[1]:
        return None
    folder = "/".join(part for part in parts[2:] if part)
    return Repository(base=base, branch=parts[1], folder=f"{folder}/" if folder else "")
