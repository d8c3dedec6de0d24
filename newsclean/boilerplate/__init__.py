"""StripBoilerplate: remove the non-article lines inside an article's text.

Cookie banners, related-article blocks, captions and credits, video widgets, prompts
(feedback, newsletter, share), AI notes, bylines, legal lines and menu items, found by
a multilingual cue lexicon (``lexicon/*.toml``) checked against structure, and paragraphs in
another language at the article's edges. See ``rules.py`` and ``furniture.py`` (comment
threads, author bios, references, disclosures) for each rule.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..article import Article
from ..language import detect
from ..pipeline import ArticleStage
from .cues import LanguageCues, load_cues
from .furniture import Furniture
from .forms import calculators, choice_fields, filled_results, form_fields, signup_forms
from .rules import REASONS, Line, Rules, article_language, make_lines, vote_totals

# The runner-up's stopword votes times this reach the winner's: the stopwords do not tell.
CLOSE_CALL = 5

__all__ = ["StripBoilerplate", "REASONS"]


@dataclass(frozen=True, slots=True)
class StripBoilerplate(ArticleStage):
    """Mark boilerplate paragraphs inside an article, each with its reason."""

    REASONS = REASONS

    max_prompt_words: int = 40  # prompts, notes and banners are shorter than this
    prose_words: int = 12  # a body paragraph has at least this many words
    other_language: bool = True  # drop edge paragraphs written in another language

    def apply(self, article: Article, /) -> Article:
        if not any(p.dropped is None for p in article.paragraphs):
            return article
        # Lines dropped by earlier stages stay in view: they separate what they stood between.
        lines = make_lines([(i, p.text) for i, p in enumerate(article.paragraphs)])
        earlier = {i: (p.dropped, p.detail or "") for i, p in enumerate(article.paragraphs) if p.dropped is not None}
        cues = load_cues()
        language_cues = LanguageCues(cues, _languages(lines, earlier, cues.languages))
        rules = Rules(language_cues, self.max_prompt_words, self.prose_words)
        furniture = Furniture(language_cues, self.prose_words)
        drops = {**earlier, **rules.single_line([line for line in lines if line.index not in earlier])}
        drops.update(rules.live_stamps(lines, drops))  # before the video rules, which read a bare time as a duration
        drops.update(rules.breadcrumbs(lines, drops))
        drops.update(rules.video_labels(lines, drops))  # a video's title is no headline for picture_descriptions
        drops.update(rules.spaced_durations(lines, drops))
        drops.update(rules.framed_ai_labels(lines, drops))
        drops.update(rules.ai_summaries(lines, drops))
        drops.update(rules.picture_descriptions(lines, drops))
        drops.update(rules.counted_pictures(lines, drops))
        drops.update(rules.unlisted_banners(lines, drops))  # before placed_bylines: a banner's sentence is no lead
        drops.update(rules.placed_bylines(lines, drops))
        drops.update(rules.credited_descriptions(lines, drops))
        drops.update(rules.error_questions(lines, drops))
        drops.update(signup_forms(lines, drops))
        drops.update(form_fields(lines, drops, language_cues))
        drops.update(choice_fields(lines, drops))
        drops.update(calculators(lines, drops))
        drops.update(rules.open_polls(lines, drops))  # before spread: a poll's button takes no lines under it
        drops.update(rules.polls(lines, drops))
        drops.update(rules.spread(lines, drops))
        drops.update(rules.video_heads(lines, drops))
        drops.update(rules.sandwiched(lines, drops))
        drops.update(rules.link_boxes(lines, drops))
        drops.update(filled_results(lines, drops))  # under the fields link_boxes names
        drops.update(rules.live_scores(lines, drops))
        drops.update(rules.shop_prices(lines, drops))
        drops.update(rules.shop_buttons(lines, drops))
        drops.update(rules.button_rows(lines, drops))
        drops.update(rules.property_listings(lines, drops))
        drops.update(rules.offer_boxes(lines, drops))
        drops.update(rules.forecast_rows(lines, drops))
        drops.update(rules.departure_boards(lines, drops))
        drops.update(rules.episode_guides(lines, drops))
        drops.update(rules.row_titles(lines, drops))
        drops.update(rules.betting_offers(lines, drops))
        drops.update(rules.exchange_rates(lines, drops))
        drops.update(rules.tag_lists(lines, drops))
        drops.update(rules.share_buttons(lines, drops))
        drops.update(rules.social_counts(lines, drops))
        drops.update(rules.post_frames(lines, drops))
        drops.update(rules.lone_handles(lines, drops))
        drops.update(rules.live_teasers(lines, drops))
        drops.update(rules.ticker_lines(lines, drops))
        drops.update(rules.related_blocks(lines, drops))
        drops.update(rules.stamped_teasers(lines, drops))
        drops.update(rules.section_stamps(lines, drops))
        drops.update(furniture.comments(lines, drops))
        drops.update(furniture.media_contacts(lines, drops))
        drops.update(furniture.author_bios(lines, drops))
        drops.update(furniture.trailer(lines, drops))
        drops.update(rules.arrow_links(lines, drops))
        drops.update(rules.live_feeds(lines, drops))
        drops.update(rules.foreign_descriptions(lines, drops))
        drops.update(rules.chart_axes(lines, drops))
        drops.update(rules.chart_titles(lines, drops))
        drops.update(rules.contents_lists(lines, drops))  # last: the other rules see its entries as they did
        if self.other_language:
            drops.update(rules.other_language_edges(lines, drops))
        for index in rules.correction_notes([line for line in lines if line.index not in earlier]):
            drops.pop(index, None)  # an editor's correction is the article's, whatever swept it
        return article.drop(drops)


def _languages(lines: list[Line], dropped: dict[int, tuple[str, str]], known: frozenset[str]) -> tuple[str, ...] | None:
    """The article's language and English, when the stopwords say it clearly; else all languages.

    A close call between neighbours (Afrikaans read as Dutch, Macedonian as Bulgarian or
    Russian: their stopword lists are short or missing) is left to langdetect, once for the
    article: with the neighbour's cues alone, the article's own would never be tried.
    """
    kept = [line for line in lines if line.index not in dropped]
    ranked = vote_totals(kept).most_common(2)
    if ranked and ranked[0][1] >= 5 and len(ranked) > 1 and ranked[1][1] * CLOSE_CALL >= ranked[0][1]:
        lang = detect("\n".join(line.text for line in kept))[0]
    else:
        lang = article_language(kept, min_votes=5)
    if lang is None or lang not in known:
        return None
    if (unnamed := _UNNAMED.get(lang)) in known:
        return (lang, unnamed, "en")  # Serbian, named as its neighbour: both neighbours' cues
    return (lang, "en") if lang != "en" else ("en",)


# langdetect has no profile for Serbian: it names Serbian text Macedonian, Bulgarian or Croatian,
# and so may the stopwords (stopwords-iso has no Serbian list).
_UNNAMED = {"mk": "sr", "bg": "sr", "hr": "sr"}
