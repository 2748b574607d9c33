"""phones.php (and mails.php, its twin for e-mail addresses): contacts, groups and the black
list. Both scripts take the same commands with a different address field (`phone`, `mail`);
`book="mails"` picks mails.php."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from types import ModuleType
from typing import Any, Literal, TypeVar

from smsgate_smsc_client import models
from smsgate_smsc_client.api.contacts import (
    phones_add,
    phones_add_black,
    phones_add_group,
    phones_chg,
    phones_chg_group,
    phones_del,
    phones_del_black,
    phones_del_group,
    phones_get,
    phones_get_black,
    phones_get_group,
    phones_move_group,
)
from smsgate_smsc_client.api.mail_contacts import (
    mails_add,
    mails_add_black,
    mails_add_group,
    mails_chg,
    mails_chg_group,
    mails_del,
    mails_del_black,
    mails_del_group,
    mails_get,
    mails_get_black,
    mails_get_group,
    mails_move_group,
)

from .. import _limits, _pager
from .._calls import Call
from .._facade import Stream, operation, stream
from ..errors import InvalidRequestError
from . import _inputs
from . import _records as read
from ._base import SmscBase
from ._decode import CREATED_SHAPE, DONE_SHAPE, Shape
from ._results import BlackListEntry, Contact, Group

Book = Literal["phones", "mails"]
B = TypeVar("B")

CONTACT_FIELDS = (
    "int_id",
    "{address}",
    "name",
    "group",
    "first_name",
    "last_name",
    "middle_name",
    "birthday",
    "id",
    "comments",
    "tags",
    "phone_other",
)
GROUP_SHAPE = Shape(("id", "name", "number"), many=True, empty_on=frozenset({3}), free_text=True)
_MOVES: dict[str, Literal[1, 2, 3]] = {"move": 1, "add": 2, "remove": 3}


@dataclass(frozen=True)
class _Book:
    """phones.php or mails.php: the same commands, a different address field."""

    address: str
    add: ModuleType
    chg: ModuleType
    delete: ModuleType
    get: ModuleType
    add_group: ModuleType
    chg_group: ModuleType
    del_group: ModuleType
    get_group: ModuleType
    move_group: ModuleType
    add_black: ModuleType
    get_black: ModuleType
    del_black: ModuleType

    def at(self, address: Any) -> dict[str, Any]:
        """The address field of a command, `phone=` or `mail=`."""
        return {self.address: _limits.text(address, "address")}

    def model(self, phones: type[B], mails: type[Any]) -> type[B]:
        """The command's body model for this book. The two books' models differ only in the
        address field (given as `**{book.address: ...}`), so the phone book's types both."""
        return phones if self.address == "phone" else mails

    @property
    def contacts(self) -> Shape:
        fields = tuple(f.format(address=self.address) for f in CONTACT_FIELDS)
        return Shape(fields, many=True, empty_on=frozenset({3}), free_text=True)

    @property
    def black_list(self) -> Shape:
        fields = ("id", self.address, "type", "cmt")
        return Shape(fields, many=True, empty_on=frozenset({3}), free_text=True)


_BOOKS: dict[str, _Book] = {
    "phones": _Book(
        "phone",
        phones_add,
        phones_chg,
        phones_del,
        phones_get,
        phones_add_group,
        phones_chg_group,
        phones_del_group,
        phones_get_group,
        phones_move_group,
        phones_add_black,
        phones_get_black,
        phones_del_black,
    ),
    "mails": _Book(
        "mail",
        mails_add,
        mails_chg,
        mails_del,
        mails_get,
        mails_add_group,
        mails_chg_group,
        mails_del_group,
        mails_get_group,
        mails_move_group,
        mails_add_black,
        mails_get_black,
        mails_del_black,
    ),
}


def _book(name: Book) -> _Book:
    try:
        return _BOOKS[name]
    except KeyError:
        raise InvalidRequestError(f"book should be phones or mails, got {name!r}") from None


class Phonebook(SmscBase):
    """phones.php's and mails.php's operations."""

    # Contacts.
    @operation
    def add_contact(
        self, /, address: str, name: str, *, book: Book = "phones", **fields: Any
    ) -> Call[int]:
        """Create a contact; `address` is its phone numbers (e-mail addresses for mails).
        Other fields by SMSC name: `grp`, `lnm`, `fnm`, `mnm`, `bd`, `myid`, `cmt`, `tags`,
        `pho`."""
        b = _book(book)
        model = b.model(models.PhonesAddBody, models.MailsAddBody)
        given = _inputs.options(model, b.add.OPERATION_NAME, fields, taken=_ADDRESS)
        body = model(add=1, name=name, **b.at(address), **given)
        return self._call(b.add, read.created_id, body=body, shape=CREATED_SHAPE)

    @operation
    def change_contact(
        self, /, address: str, *, book: Book = "phones", **fields: Any
    ) -> Call[None]:
        """Change the contact with this address; `new_phone`/`new_mail` replaces the address."""
        b = _book(book)
        model = b.model(models.PhonesChgBody, models.MailsChgBody)
        given = _inputs.options(model, b.chg.OPERATION_NAME, fields, taken=_ADDRESS)
        body = model(chg=1, **b.at(address), **given)
        return self._call(b.chg, read.done, body=body, shape=DONE_SHAPE)

    @operation
    def delete_contact(self, address: str, *, book: Book = "phones") -> Call[None]:
        b = _book(book)
        body = b.model(models.PhonesDelBody, models.MailsDelBody)(del_=1, **b.at(address))
        return self._call(b.delete, read.done, body=body, shape=DONE_SHAPE)

    @stream
    def contacts(
        self,
        *,
        book: Book = "phones",
        group: int | None = None,
        search: str | None = None,
        name: str | None = None,
        page_size: int = _inputs.MAX_PAGE,
    ) -> Stream[Contact]:
        """Every contact (of a group, or matching `search`/`name`), fetched lazily page by
        page with after_id + cnt."""
        b, size = _book(book), _inputs.page_size(page_size)
        model = b.model(models.PhonesGetBody, models.MailsGetBody)
        convert = read.many(read.contact(b.address))

        def page(after: int | None) -> Call[Sequence[Contact]]:
            body = model(
                get=1,
                grp=_inputs.unset(None if group is None else str(group)),
                search=_inputs.unset(search),
                fio=_inputs.unset(name),
                after_id=_inputs.unset(after),
                cnt=size,
            )
            return self._call(b.get, convert, body=body, shape=b.contacts)

        return _pager.pages(page, None, _pager.after_last(size, lambda c: c.int_id))

    # Groups.
    @operation
    def groups(self, *, book: Book = "phones") -> Call[list[Group]]:
        b = _book(book)
        body = b.model(models.PhonesGetGroupBody, models.MailsGetGroupBody)(
            get_group=1, type_=_inputs.unset(1 if book == "mails" else None)
        )
        convert = read.many(read.group)
        return self._call(b.get_group, convert, body=body, shape=GROUP_SHAPE)

    @operation
    def add_group(
        self, name: str, *, number: int | None = None, book: Book = "phones"
    ) -> Call[int]:
        """Create a group; `number` is its number for SMS-command mailings."""
        b = _book(book)
        body = b.model(models.PhonesAddGroupBody, models.MailsAddGroupBody)(
            add_group=1, name=_limits.text(name, "name"), num=_inputs.unset(number)
        )
        return self._call(b.add_group, read.created_id, body=body, shape=CREATED_SHAPE)

    @operation
    def rename_group(self, group: int, name: str, *, book: Book = "phones") -> Call[None]:
        b = _book(book)
        body = b.model(models.PhonesChgGroupBody, models.MailsChgGroupBody)(
            chg_group=1, grp=group, name=_limits.text(name, "name")
        )
        return self._call(b.chg_group, read.done, body=body, shape=DONE_SHAPE)

    @operation
    def delete_group(self, group: int, *, book: Book = "phones") -> Call[None]:
        b = _book(book)
        body = b.model(models.PhonesDelGroupBody, models.MailsDelGroupBody)(del_group=1, grp=group)
        return self._call(b.del_group, read.done, body=body, shape=DONE_SHAPE)

    @operation
    def move_contact(
        self,
        address: str,
        group: int,
        *,
        mode: Literal["move", "add", "remove"] = "move",
        book: Book = "phones",
    ) -> Call[None]:
        """Move a contact to a group, add it to one more, or remove it from one."""
        b = _book(book)
        if mode not in _MOVES:
            raise InvalidRequestError(f"mode should be move, add or remove, got {mode!r}")
        body = b.model(models.PhonesMoveGroupBody, models.MailsMoveGroupBody)(
            move_group=_MOVES[mode], grp=group, **b.at(address)
        )
        return self._call(b.move_group, read.done, body=body, shape=DONE_SHAPE)

    # The black list.
    @operation
    def block(
        self,
        address: str,
        *,
        type: Literal[0, 1, 2] = 0,
        comment: str | None = None,
        book: Book = "phones",
    ) -> Call[int]:
        """Add to the black list (type 0 all messages, 1 mass mailings, 2 single messages)."""
        b = _book(book)
        body = b.model(models.PhonesAddBlackBody, models.MailsAddBlackBody)(
            add_black=1, type_=type, cmt=_inputs.unset(comment), **b.at(address)
        )
        return self._call(b.add_black, read.created_id, body=body, shape=CREATED_SHAPE)

    @operation
    def unblock(self, address: str, *, book: Book = "phones") -> Call[None]:
        b = _book(book)
        body = b.model(models.PhonesDelBlackBody, models.MailsDelBlackBody)(
            del_black=1, **b.at(address)
        )
        return self._call(b.del_black, read.done, body=body, shape=DONE_SHAPE)

    @stream
    def black_list(
        self, *, book: Book = "phones", page_size: int = _inputs.MAX_PAGE
    ) -> Stream[BlackListEntry]:
        """The black list, newest first, fetched lazily with prev_id + cnt."""
        b, size = _book(book), _inputs.page_size(page_size)
        model = b.model(models.PhonesGetBlackBody, models.MailsGetBlackBody)
        convert = read.many(read.black_entry(b.address))

        def page(before: int | None) -> Call[Sequence[BlackListEntry]]:
            body = model(get_black=1, prev_id=_inputs.unset(before), cnt=size)
            return self._call(b.get_black, convert, body=body, shape=b.black_list)

        return _pager.pages(page, None, _pager.after_last(size, lambda entry: entry.id))


_ADDRESS = frozenset({"phone", "mail", "add", "chg"})
"""What the contact methods set themselves (the address, the command flag), never taken among
the fields."""
