# Generated from specs/selzy.yaml by scripts/generate.py with openapi-python-client 0.29.1.
# Do not edit: change the spec, scripts/templates/ or scripts/generate.py, regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="TaskStarted")


@_attrs_define
class TaskStarted:
    """
    Attributes:
        task_uuid (str):
        status (str): Status of an asynchronous task.

            | value | meaning |
            |---|---|
            | new | accepted |
            | processing | being prepared |
            | completed | done; `file_to_download` is set |

            Failure values are not documented (*unconfirmed*): anything else means the task failed.
    """

    task_uuid: str
    status: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        task_uuid = self.task_uuid

        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "task_uuid": task_uuid,
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        task_uuid = d.pop("task_uuid")

        status = d.pop("status")

        task_started = cls(
            task_uuid=task_uuid,
            status=status,
        )

        task_started.additional_properties = d
        return task_started

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
