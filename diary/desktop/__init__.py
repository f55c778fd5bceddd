"""What the app asks of the desktop beyond its window: notifications and starting at login."""
