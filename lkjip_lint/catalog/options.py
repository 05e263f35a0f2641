"""The settings rules read from the rule packs, each declared once with its default.

A rules pack sets one by its place: ``[years]`` of ``structure.toml`` holds
``strict_before``. The bundled packs do not repeat the defaults; ``lkjip-lint explain``
lists each rule's options.
"""

from __future__ import annotations

from ..rule import Option

# --- understanding shared by several rules ---------------------------------------------
WORD_SIMILARITY = Option("vocabulary", ("identity",), "word_similarity", float, 80,
                         "how alike (0-100) two different words must be spelt to count as a typing slip")
MIN_SHARED_WORDS = Option("vocabulary", ("identity",), "min_shared_words", int, 3,
                          "names with fewer content words match only a name with the same words")
SLIP_CONTEXT = Option("vocabulary", ("identity",), "slip_context", int, 4,
                      "same words a name needs besides a typing slip (and no fewer than its slips)")
CONTEXT_PARAGRAPHS = Option("vocabulary", ("tables",), "context_paragraphs", int, 8,
                            "paragraphs before a table read to tell which plan it belongs to")
IDENTITY = (WORD_SIMILARITY, MIN_SHARED_WORDS, SLIP_CONTEXT, CONTEXT_PARAGRAPHS)

# --- structure ---------------------------------------------------------------------------
TOC_MIN_SIMILARITY = Option("structure", ("toc",), "min_similarity", float, 85,
                            "lowest similarity (0-100) between a contents entry and a heading")
LIST_MAX_BLOCKS = Option("structure", ("counts",), "max_blocks", int, 120,
                         "a list longer than this many blocks is not followed to its end")
YEAR_EARLIEST = Option("structure", ("years",), "earliest", int, 1900, "no year after a head word is earlier")
YEAR_STRICT_BEFORE = Option("structure", ("years",), "strict_before", int, 30,
                            "years before the report year a budget year (TA, Th.) may lie")
YEAR_STRICT_AFTER = Option("structure", ("years",), "strict_after", int, 10,
                           "years after the report year a budget year (TA, Th.) may lie")
YEAR_LOOSE_AFTER = Option("structure", ("years",), "loose_after", int, 30,
                          "years after the report year a plain 'tahun' year may lie")

# --- claims --------------------------------------------------------------------------------
INDICATOR_MIN_SHARE = Option("claims", ("indicator_mentions",), "min_share", float, 0.5,
                             "share of an indicator's content words a sentence must name to speak of it")
BREAKDOWN_MAX_ITEMS = Option("claims", ("breakdowns",), "max_items", int, 20,
                             "how many blocks after its opening sentence a breakdown's parts may run")
BREAKDOWN_MAX_LABEL_WORDS = Option("claims", ("breakdowns",), "max_label_words", int, 15,
                                   "a listed part's name is at most this many words")
BREAKDOWN_MAX_WORDS_AFTER = Option("claims", ("breakdowns",), "max_words_after", int, 3,
                                   "words a listed part may carry after its amount")
SHARE_MAX_WORDS_BEFORE = Option("claims", ("shares",), "max_words_before_amount", int, 12,
                                "words before an amount read as its name")
SHARE_MAX_DISTANCE = Option("claims", ("shares",), "max_distance", int, 4,
                            "blocks a list of shares may sit after the amounts it describes")
AVERAGE_MAX_DISTANCE = Option("claims", ("averages",), "max_distance", int, 16,
                              "blocks back the indicators of a stated average are looked for")
COUNT_MAX_GAP_WORDS = Option("claims", ("counts",), "max_gap_words", int, 5,
                             "words between 'indikator' and 'di atas target' in a count claim")
BAND_COUNT_MAX_GAP_WORDS = Option("claims", ("counts",), "band_max_gap_words", int, 8,
                                  "words between 'N indikator' and the predicate it counts them in "
                                  "('2 indikator … dalam kategori Baik')")

WHOLE_REPORT_MIN_CHAPTERS = Option("structure", ("report",), "whole_report_min_chapters", int, 2,
                                   "chapter headings (BAB …) a document without a cover needs for the outline "
                                   "to be checked; 0 checks the outline of every document")

# --- scales ----------------------------------------------------------------------------------
PREDICATE_MAX_CUE_GAP = Option("scales", ("predicates",), "max_cue_gap", int, 2,
                               "words between a cue ('kategori') and the predicate it introduces")
SCALE_MIN_BANDS = Option("scales", ("scale_tables",), "min_bands", int, 3, "a scale table has at least this many bands")

# --- names and officials -----------------------------------------------------------------------
NAME_SLIP_MIN_LETTERS = Option("names", ("officials",), "slip_min_letters", int, 8,
                               "letters a person's name has at least for a one-letter difference to be a slip")
COVER_MAX_LINES = Option("names", ("institution",), "cover_max_lines", int, 25, "lines of a report read as its cover")
UNIT_MAX_NAME_WORDS = Option("names", ("institution",), "max_name_words", int, 6, "words of a unit's name at most")
CLOSE_MAX_EDITS = Option("names", ("similarity",), "close_max_edits", int, 1,
                         "edits a spelling may be away from the institution's name")
CLOSE_MIN_LENGTH = Option("names", ("similarity",), "close_min_length", int, 6,
                          "letters a name needs before a one-edit spelling is a variant")
KEEP_HEAD = Option("names", ("similarity",), "keep_head", int, 2,
                   "first letters an interior variant keeps ('Sumpalsari' of 'Sumbersari')")
KEEP_TAIL = Option("names", ("similarity",), "keep_tail", int, 3, "last letters an interior variant keeps")
INTERIOR_MAX_EDITS = Option("names", ("similarity",), "interior_max_edits", int, 3,
                            "letters an interior variant may change")
INTERIOR_MAX_SHARE = Option("names", ("similarity",), "interior_max_share", float, 0.3,
                            "share of the letters an interior variant may change")
INTERIOR_MIN_LENGTH = Option("names", ("similarity",), "interior_min_length", int, 7,
                             "letters a name needs before interior variants are looked for")
NAME_VARIANTS = (COVER_MAX_LINES, UNIT_MAX_NAME_WORDS, CLOSE_MAX_EDITS, CLOSE_MIN_LENGTH, KEEP_HEAD, KEEP_TAIL,
                 INTERIOR_MAX_EDITS, INTERIOR_MAX_SHARE, INTERIOR_MIN_LENGTH)
OFFICIAL_MAX_NAME_WORDS = Option("names", ("officials",), "max_name_words", int, 5,
                                 "words of a person's name at most (titles left out)")
BLOCK_MAX_LINES = Option("names", ("officials",), "block_max_lines", int, 4,
                         "lines a name, rank and NIP of one signature block may lie apart")
OFFICIALS = (OFFICIAL_MAX_NAME_WORDS, BLOCK_MAX_LINES)
NIP_MIN_AGE = Option("names", ("nip",), "min_appointment_age", int, 18, "youngest age at first appointment")
NIP_MAX_AGE = Option("names", ("nip",), "max_appointment_age", int, 60, "oldest age at first appointment")
NIP_MIN_BIRTH_YEAR = Option("names", ("nip",), "min_birth_year", int, 1900, "earliest birth year in a NIP")
