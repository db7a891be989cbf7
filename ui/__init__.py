"""Streamlit helpers shared by the entrypoint and every page (never imported by engine/)."""
