"""The distributed engine: newsclean's pipeline on Ray Data (used through ``newsclean.ray``).

rows.py       Articles as Arrow rows, and a run of article-local stages over one block
io.py         inputs -> Dataset (one task per file), Dataset -> articles/removed Parquet + report
broadcast.py  small learned tables gathered by one task and read by every worker
site.py       DropSiteRepeats: count by (site, paragraph) in a shuffle, mark by broadcast
neardup.py    DropNearDuplicateArticles: band keys -> shuffle -> verify -> components -> mark
engine.py     clean_dataset(): the runner
"""
