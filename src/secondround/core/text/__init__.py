"""Text matching, in one home: word lists, phrases in any word form, product names, list files.

`words` (word lists, content words and their stems), `phrases` (a stemmer, a tokeniser that keeps
offsets and a phrase index), `products` (technology product names as written) and `lines` (the
reader of one-entry-a-line list files). The coach, the job reader, the debrief reader, the planner
and the story bank all import from here, and nothing here imports them.
"""
