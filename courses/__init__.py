"""Curricula, courses and modules, enrollment, progress, requirements, quizzes, sessions, certificates."""
