"""The Qt window: thin widgets that call the services and render what they return."""
