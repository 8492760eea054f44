"""Synthesis: the target corpus in memory, segment selection, rendering with crossfades,
placement on channels, automix, the safety limiter, and the output-quality report."""
