"""The content studio: NGO staff edit, translate, check, preview and publish content.

Qt widgets only; reading and writing the content folder is kiosk.content.edit (Qt-free).
"""
