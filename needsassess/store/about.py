"""What ``needsassess --version`` and Help → About tell: the version, the data folder, the schema.

One source for both, so the window and the command line never disagree about which program a laptop
runs and where its data is.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from needsassess import __version__, paths


@dataclass(frozen=True)
class AboutInfo:
    version: str
    data_folder: Path
    schema: str  # the schema this program writes
    folder_schema: str | None  # the data folder's database, None when it has none yet

    @property
    def needs_upgrade(self) -> bool:
        return self.folder_schema is not None and self.folder_schema != self.schema


def about(data_dir: str | Path | None = None) -> AboutInfo:
    """The facts for the data folder chosen by ``data_dir`` (else the environment, else the default)."""
    from needsassess.store.schema_info import folder_schema, program_schema

    folder = paths.data_dir(data_dir)
    return AboutInfo(__version__, folder, program_schema(), folder_schema(folder))


def version_text(info: AboutInfo) -> str:
    """The lines ``needsassess --version`` prints."""
    lines = [f"needsassess {info.version}", f"data folder: {info.data_folder}",
             f"database schema: {info.schema}"]
    if info.folder_schema is None:
        lines.append("data folder database: none yet (made at first start)")
    elif info.needs_upgrade:
        lines.append(f"data folder database: schema {info.folder_schema} (at the next start upgraded after a "
                     "backup copy; refused untouched if a newer needsassess made it)")
    return "\n".join(lines)
