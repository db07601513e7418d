"""Curricula, courses, modules, enrollment, progress, requirements, quizzes, certificates."""
