"""The 時數證明 page: awarded courses, their certificates, batch issuing, preview and printing, verification."""
