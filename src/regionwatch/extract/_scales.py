"""English number words and scales: "thirty-five", "a hundred", "billion", "bn", "tln", and the words of
fractions ("two-thirds")."""

from __future__ import annotations

__all__ = ["DENOMINATORS", "EN_SCALE", "NUMBER_WORDS", "NUMERATORS", "WORDS"]

NUMBER_WORDS = {  # English number words, as written alone or as the parts of "thirty-five"
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "hundred": 100,
}
WORDS = {**NUMBER_WORDS, "zero": 0, "a": 1, "a hundred": 100}
EN_SCALE = {
    "hundred million": 1e8,  # 亿 translated word for word: "5,150.5 hundred million yuan"
    "hundred billion": 1e11,  # 千亿 translated word for word: "2.51 hundred billion yuan"
    "ten thousand": 1e4,  # 万: "24.5 ten thousand yuan"
    "thousand": 1e3,
    "million": 1e6,
    "mn": 1e6,
    "mln": 1e6,
    "billion": 1e9,
    "bn": 1e9,
    "bln": 1e9,
    "trillion": 1e12,
    "tn": 1e12,
    "trn": 1e12,
    "trln": 1e12,
    "tln": 1e12,  # Xinhua-style headlines: "1 tln yuan"
    "tril": 1e12,  # "RMB 1.01 tril."
    "bil": 1e9,
    "t": 1e12,  # "1t yuan" (only before a currency word)
    "tr": 1e12,  # headlines: "1tr yuan", "500b yuan" (only before a currency word)
    "b": 1e9,
    "k": 1e3,  # "550k yuan", "$13.6k" (only before a currency word or after a currency sign)
    "m": 1e6,  # "a population of 2.1m", "$3.5m"
}
NUMERATORS = {"one": 1, "a": 1, "two": 2, "three": 3, "four": 4}
DENOMINATORS = {"half": 2, "third": 3, "fourth": 4, "quarter": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8}
DENOMINATORS |= {"ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "twentieth": 20, "hundredth": 100}
