"""The judge: a trained statistical second opinion on a draft's verdict (see `model.py`, `features.py`).

The rule kind `judge` (`kinds/judge.py`) asks it after every other rule of the draft has run and raises the
verdict only where the rules left the draft lower and the model is confident; its finding names the sentence
that weighs most and the category the model finds likeliest.
"""
