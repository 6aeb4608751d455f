"""The reflection flow: start page, factor pages, prompts, next steps."""
