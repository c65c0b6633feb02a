"""A note on the author set under a star, as a paper's or an analysis's first page sets it:
"* Phan Van An is a research officer in the Vietnam Studies Programme of …". A single star
and a space open a list's item too ("* Samsung will invest …"), so the note is read by what
it says: a person's name, "is" or "was", and the post a writer holds."""

from __future__ import annotations

# "* Dr. Le Thi Lan is a Visiting Fellow at …", "* Kim Min-ji was a researcher with …": a
# star, a name of two to five capitalised words (a title before it), "is/was a/an/the", and
# within a few words the post
STARRED_BIO = (
    r"\*\s(?=(?:(?:Dr|Prof|Professor|Assoc\. Prof)\.?\s)?"
    r"[A-ZÀ-ỸĐ][\w'’-]+(?:\s[A-ZÀ-ỸĐ][\w'’-]+){1,4}\s(?:is|was)\s(?:an?|the)\s"
    r"(?:[\w-]+\s){0,3}?(?i:research officer|researcher|fellow|professor|lecturer|"
    r"director|analyst|editor|reporter|correspondent|writer|journalist|scholar|"
    r"doctoral candidate|PhD candidate)\b)"
)
