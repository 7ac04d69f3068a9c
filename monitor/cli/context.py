"""What every command needs: the database and feeds file paths, resolved once; and `subcommand`, one
subcommand's parser as every `*_cmds` module declares it."""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from monitor.models import FeedConfig
from monitor.paths import default_db_path, default_feeds_path
from monitor.store import Store


class UsageError(Exception):
    pass


def subcommand(
    commands: Any, common: argparse.ArgumentParser, name: str, help_text: str, examples: str
) -> argparse.ArgumentParser:
    """A subcommand with the common options, its help as the description, and its examples."""
    parser: argparse.ArgumentParser = commands.add_parser(
        name,
        parents=[common],
        help=help_text,
        description=help_text[0].upper() + help_text[1:] + ".",
        epilog="examples:\n" + examples,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    return parser


@dataclass
class Context:
    db_path: Path
    feeds_path: Path
    feeds_given: bool
    db_given: bool = False

    @classmethod
    def from_args(cls, args: argparse.Namespace) -> Context:
        db = getattr(args, "db", None)
        feeds = getattr(args, "feeds", None)
        return cls(
            db_path=Path(db).expanduser() if db else default_db_path(),
            feeds_path=Path(feeds).expanduser() if feeds else default_feeds_path(),
            feeds_given=feeds is not None,
            db_given=db is not None,
        )

    def load_feeds(self) -> list[FeedConfig]:
        from monitor.config import ensure_user_feeds, load_feeds  # PyYAML: only commands reading feeds.yml

        if not self.feeds_given:
            ensure_user_feeds(self.feeds_path)
        return load_feeds(self.feeds_path)

    def open_store(self, *, readonly: bool = False, check: bool = False) -> Store:
        """Read commands pass readonly (nothing is ever created for them); a writer's start, check."""
        store = Store(self.db_path, readonly=readonly, check=check)
        if store.notice:
            print(f"monitor: {store.notice}", file=sys.stderr)
        return store
