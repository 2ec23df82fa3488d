"""NTIP Desk: the review desk for 全國教師在職進修資訊網 in-service training records."""

__version__ = "0.1.0"
