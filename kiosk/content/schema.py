"""The content database's schema version and the tables the store relies on."""

SCHEMA_VERSION = 1

REQUIRED_TABLES = (
    "languages",
    "labels",
    "stories",
    "story_texts",
    "resources",
    "resource_texts",
    "resource_files",
    "meta",
)
