"""Command-line options shared by the commands that check a draft (`check`, `fix`)."""
from __future__ import annotations

import click

from .model import CAPACITIES, CHANNEL_ALIASES, CHANNELS


def draft_options(command):
    """--pack, --config, --channel and --capacity: which policy applies, and where and how the post goes."""
    for option in reversed((
        click.option("--pack", "packs", multiple=True, metavar="NAME_OR_PATH",
                     help="Pack to use (repeatable); replaces the configured packs."),
        click.option("--config", metavar="FILE", help="Use this config instead of discovering .postcheck.yaml."),
        click.option("--channel", type=click.Choice((*CHANNELS, *CHANNEL_ALIASES)), help="Where the post goes.",
                     callback=lambda _ctx, _param, v: CHANNEL_ALIASES.get(v, v)),
        click.option("--capacity", type=click.Choice(CAPACITIES),
                     help="personal (own account) or official (for the organisation)."),
    )):
        command = option(command)
    return command
